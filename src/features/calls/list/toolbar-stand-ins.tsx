/**
 * The results toolbar's tools as they look before their code arrives, a moment after the
 * first paint (see calls-results.tsx): the same boxes with the same styles, inert, so
 * nothing moves when the real ones take their place. Their stylesheets load here, with
 * the first view, for that reason.
 */
import { Button, buttonClassName } from '../../../components/button';
import '../../../components/copy-button.css';
import './column-chooser.css';
import './csv-export.css';

export function CsvExportStandIn() {
  return (
    <div className="csv-export" inert>
      <a className={buttonClassName('compact', 'csv-export__link')}>Download CSV</a>
      <input type="checkbox" />
      <label>for Excel (BOM)</label>
    </div>
  );
}

export function ViewLinkStandIn() {
  return (
    <span className="copy-button" inert>
      <Button variant="secondary">Copy link to this view</Button>
      <span className="copy-button__status" />
    </span>
  );
}

export function ColumnChooserStandIn() {
  return (
    <div className="column-chooser" inert>
      <Button variant="compact" className="column-chooser__toggle">
        Columns
        <span className="column-chooser__chevron">▾</span>
      </Button>
    </div>
  );
}
