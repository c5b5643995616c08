/** Says what in the address could not be used and was replaced by its default. */
import { Button } from '../../../components/button';
import type { UrlProblem } from '../url-problems';

export function UrlProblemsNotice({ problems, onDismiss }: { problems: UrlProblem[]; onDismiss: () => void }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        <strong>Some of the link could not be used</strong>, so defaults are shown instead:
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.key}:${problem.value}`}>
            <code>{problem.key}</code> {problem.message}
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}
