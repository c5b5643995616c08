/**
 * Says what in the address could not be used and was replaced by its default. Each
 * value shows at once; what the parameter takes instead follows with its words' own
 * chunk (only a bad link needs them), in the same line, so nothing below moves.
 */
import { useEffect, useState } from 'react';
import { Button } from '../../../components/button';
import type { UrlProblem } from '../url-problems';

type Describe = (problem: UrlProblem) => string;

export function UrlProblemsNotice({ problems, onDismiss }: { problems: UrlProblem[]; onDismiss: () => void }) {
  const describe = useProblemWords(problems.length > 0);
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        <strong>Some of the link could not be used</strong>, so defaults are shown instead:
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.key}:${problem.value}`}>
            <code>{problem.key}</code> {describe === null ? `"${problem.value}"` : describe(problem)}
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}

/** The words for each problem, once loaded; if they cannot be, the values alone stay. */
function useProblemWords(wanted: boolean): Describe | null {
  const [describe, setDescribe] = useState<Describe | null>(null);
  useEffect(() => {
    if (!wanted || describe !== null) return;
    let current = true;
    import('./url-problem-message').then(
      (module) => current && setDescribe(() => module.urlProblemMessage),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [wanted, describe]);
  return describe;
}
