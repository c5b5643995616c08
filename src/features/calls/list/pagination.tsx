/**
 * Moving through the server's pages: where you are, step or jump to a page, and how many
 * calls a page holds. It only reports what was asked (`onPageChange`, `onPageSizeChange`);
 * the address bar holds the page.
 *
 * Unavailable controls use `aria-disabled` rather than `disabled`: a disabled button
 * drops keyboard focus to the document, so pressing "Next page" onto the last page (or
 * while a page loads) would throw the reader out of the pagination.
 */
import { memo, useId, useState, type FormEvent, type MouseEvent } from 'react';
import { Button } from '../../../components/button';
import { formatCount } from '../../../lib/format';
import { formatQuantity } from '../../../lib/format-extras';
import { RenderRegion } from '../../../lib/render-region';
import { PAGE_SIZES, type PageSize } from '../search-params';
import './pagination.css';

export interface PaginationProps {
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Calls matching the filters, over all pages. */
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: PageSize) => void;
  /** Every control shown but not usable, e.g. while the total is unknown. */
  disabled?: boolean;
}

/** Pages needed for `total` calls; at least one, so "Page 1 of 1" reads right for none. */
export function pageCountOf(total: number, pageSize: number): number {
  if (!(pageSize > 0) || !(total > 0)) return 1;
  return Math.ceil(total / pageSize);
}

// Memoised: opening a call or changing the filters without changing the count keeps every prop.
export const Pagination = memo(function Pagination({
  page,
  pageSize,
  total,
  onPageChange,
  onPageSizeChange,
  disabled = false,
}: PaginationProps) {
  const pageCount = pageCountOf(total, pageSize);
  const sizeId = useId();

  const go = (target: number) => {
    if (disabled || target === page || target < 1 || target > pageCount) return;
    onPageChange(target);
  };

  return (
    <RenderRegion name="pagination">
      <nav aria-label="Pagination" className="pagination">
        {/* Polite, so moving to another page is confirmed to screen reader users. */}
        <p className="pagination__range" aria-live="polite">
          {rangeText(page, pageSize, total)}
        </p>

        <div className="pagination__steps">
          <StepButton label="First page" glyph="«" unavailable={disabled || page <= 1} onActivate={() => go(1)} />
          <StepButton
            label="Previous page"
            glyph="‹"
            unavailable={disabled || page <= 1}
            onActivate={() => go(page - 1)}
          />
          <span className="pagination__position">
            Page {formatCount(page)} of {formatCount(pageCount)}
          </span>
          <StepButton
            label="Next page"
            glyph="›"
            unavailable={disabled || page >= pageCount}
            onActivate={() => go(page + 1)}
          />
          <StepButton
            label="Last page"
            glyph="»"
            unavailable={disabled || page >= pageCount}
            onActivate={() => go(pageCount)}
          />
        </div>

        <GoToPage pageCount={pageCount} disabled={disabled} onGo={go} />

        <span className="pagination__size">
          <label htmlFor={sizeId}>Calls per page</label>
          <select
            id={sizeId}
            className="pagination__select"
            value={pageSize}
            aria-disabled={disabled || undefined}
            onChange={(event) => {
              // A controlled select whose change is ignored snaps back to `pageSize`.
              if (disabled) return;
              const size = PAGE_SIZES.find((option) => String(option) === event.target.value);
              if (size !== undefined && size !== pageSize) onPageSizeChange(size);
            }}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </span>
      </nav>
    </RenderRegion>
  );
});

/** `26–50 of 2,192 calls`; a page past the end says only how many there are. */
export function rangeText(page: number, pageSize: number, total: number): string {
  const first = (page - 1) * pageSize + 1;
  if (total <= 0) return 'No calls';
  if (first > total) return formatQuantity(total, 'call');
  const last = Math.min(page * pageSize, total);
  return `${formatCount(first)}–${formatCount(last)} of ${formatQuantity(total, 'call')}`;
}

function StepButton({
  label,
  glyph,
  unavailable,
  onActivate,
}: {
  label: string;
  glyph: string;
  unavailable: boolean;
  onActivate: () => void;
}) {
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (unavailable) {
      event.preventDefault();
      return;
    }
    onActivate();
  };
  return (
    <Button
      variant="compact"
      className="pagination__button"
      aria-label={label}
      title={label}
      aria-disabled={unavailable || undefined}
      onClick={onClick}
    >
      <span aria-hidden="true">{glyph}</span>
    </Button>
  );
}

/**
 * Jump straight to a page. Checked here rather than by the browser's own validation so
 * the message sits next to the field, in words, and is read out.
 */
function GoToPage({
  pageCount,
  disabled,
  onGo,
}: {
  pageCount: number;
  disabled: boolean;
  onGo: (page: number) => void;
}) {
  const inputId = useId();
  const messageId = useId();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (disabled) return;
    const text = value.trim();
    const target = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(target) || target < 1 || target > pageCount) {
      setProblem(
        pageCount === 1
          ? 'There is only page 1.'
          : `Enter a page number from 1 to ${formatCount(pageCount)}.`,
      );
      return;
    }
    setProblem(null);
    setValue('');
    onGo(target);
  };

  return (
    <form className="pagination__goto" noValidate onSubmit={onSubmit}>
      <label htmlFor={inputId}>Go to page</label>
      <input
        id={inputId}
        className="pagination__input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={5}
        value={value}
        aria-invalid={problem !== null || undefined}
        aria-describedby={problem !== null ? messageId : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setProblem(null);
        }}
      />
      <Button
        type="submit"
        variant="compact"
        className="pagination__button pagination__button--text"
        aria-disabled={disabled || undefined}
      >
        Go
      </Button>
      {problem !== null ? (
        <p id={messageId} className="pagination__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
