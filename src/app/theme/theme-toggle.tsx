import { useId, useState, type ChangeEvent } from 'react';
import { applyThemeChoice, currentThemeChoice, themeChoiceSchema, type ThemeChoice } from './theme-choice';
import './theme-toggle.css';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** System / Light / Dark, as a labelled select: one tab stop, arrow keys to choose. */
export function ThemeToggle() {
  const id = useId();
  const [choice, setChoice] = useState(currentThemeChoice);

  const choose = (event: ChangeEvent<HTMLSelectElement>) => {
    const parsed = themeChoiceSchema.safeParse(event.target.value);
    if (!parsed.success) return;
    applyThemeChoice(parsed.data);
    setChoice(parsed.data);
  };

  return (
    <div className="theme-toggle">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={choice} onChange={choose}>
        {themeChoiceSchema.options.map((option) => (
          <option key={option} value={option}>
            {LABELS[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
