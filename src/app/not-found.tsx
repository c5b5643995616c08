/** What any address other than the call log shows. */
import { useHref } from 'react-router';
import { useEmbedMode } from './embed/use-embed-mode';

export default function NotFound() {
  const embedded = useEmbedMode();
  // A plain link: a page that is not there has no state worth a client-side navigation,
  // and react-router's <Link> would bring its prefetching code into the first view.
  const home = useHref({ pathname: '/', search: embedded ? '?embed=1' : '' });
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href={home}>Go to the call log</a>.
      </p>
    </section>
  );
}
