/**
 * The app's buttons, in the three looks it uses:
 *   - primary: the action a message or form is there for ("Retry", "Apply range");
 *   - secondary: an action beside it or in a bar ("Refresh", "Close", "Next ›");
 *   - compact: a small outlined control beside the data it acts on (pagination, the
 *     column chooser, a chart's "Show as table"), turning to the accent on hover.
 * `buttonClassName` gives a link that acts as a button (a download) the same look.
 */
import type { ComponentPropsWithRef } from 'react';
import './control.css';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'compact';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
}

export function buttonClassName(variant: ButtonVariant, className?: string): string {
  const classes = `control button button--${variant}`;
  return className === undefined ? classes : `${classes} ${className}`;
}

/** A `<button>` that submits only when asked to: its `type` is "button" unless given. */
export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClassName(variant, className)} {...props} />;
}
