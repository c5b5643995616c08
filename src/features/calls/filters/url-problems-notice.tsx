/**
 * Says what in the address could not be used and was replaced by its default. It is part
 * of the first view, words and all, so a bad link's notice never arrives late and moves
 * the page below it.
 */
import { Button } from '../../../components/button';
import { describeUrlProblem } from '../url-problem-messages';
import type { UrlProblem } from '../url-problems';

export default function UrlProblemsNotice({ problems, onDismiss }: { problems: UrlProblem[]; onDismiss: () => void }) {
  return (
    <div className="notice" role="status">
      <p>
        <strong>Some of the link could not be used</strong>, so defaults are shown instead:
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.key}:${problem.value}`}>
            <code>{problem.key}</code> {describeUrlProblem(problem)}
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}
