/**
 * Naming a view: the field that saves what is on screen under a new name, and the one
 * that renames a saved view in place. Enter saves (the toolbar's own form is not
 * submitted), Escape in the rename field gives up without closing the menu.
 */
import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { Button } from '../../../components/button';
import { NAME_MAX_LENGTH } from './saved-views-store';

function useNameField(initial: string, onName: (name: string) => void) {
  const [value, setValue] = useState(initial);
  const [missing, setMissing] = useState(false);
  const submit = () => {
    const name = value.trim();
    if (name === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setValue('');
    onName(name);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    submit();
  };
  return { value, setValue, missing, submit, onKeyDown };
}

export function SaveViewField({
  onSave,
  inputRef,
}: {
  onSave: (name: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const id = useId();
  const field = useNameField('', onSave);
  return (
    <div className="views-panel__save">
      <label htmlFor={id}>Name for what is on screen</label>
      <div className="views-panel__row">
        <input
          id={id}
          ref={inputRef}
          type="text"
          maxLength={NAME_MAX_LENGTH}
          value={field.value}
          aria-invalid={field.missing}
          aria-describedby={field.missing ? `${id}-error` : undefined}
          onChange={(event) => field.setValue(event.target.value)}
          onKeyDown={field.onKeyDown}
        />
        <Button variant="secondary" onClick={field.submit}>
          Save view
        </Button>
      </div>
      {field.missing ? (
        <p id={`${id}-error`} className="views-panel__problem">
          Give the view a name.
        </p>
      ) : null}
    </div>
  );
}

export function RenameViewField({
  current,
  onRename,
  onCancel,
}: {
  current: string;
  onRename: (name: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const field = useNameField(current, onRename);
  return (
    <div className="views-panel__row">
      <label htmlFor={id} className="visually-hidden">
        New name for {current}
      </label>
      <input
        id={id}
        type="text"
        // Opened on request, so the reader's next keys belong here.
        autoFocus
        maxLength={NAME_MAX_LENGTH}
        value={field.value}
        aria-invalid={field.missing}
        onChange={(event) => field.setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onCancel();
          } else field.onKeyDown(event);
        }}
      />
      <Button variant="compact" onClick={field.submit}>
        Save name
      </Button>
      <Button variant="compact" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
