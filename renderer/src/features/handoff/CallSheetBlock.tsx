import { useState } from 'react';
import { useCommand } from '../../lib/commands';
import { CopyButton } from '../../ui/CopyButton';
import { TextInput } from '../../ui/controls';

/**
 * The day's call-sheet block for the AD: closed set, IC on set, robes, no stills, by scene number.
 * Built by the core from fixed words, so it can be pasted into a call sheet the whole crew reads.
 */
export function CallSheetBlock({ productionId, defaultDate }: { productionId: string; defaultDate: string }) {
  const [date, setDate] = useState(defaultDate);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const block = useCommand('handoff.callSheetBlock', { productionId, date }, { enabled: valid });
  return (
    <section className="card" aria-labelledby="call-sheet-title">
      <h2 id="call-sheet-title" className="card-title">
        Call-sheet block
      </h2>
      <TextInput
        label="Shoot day"
        type="date"
        value={date}
        onChange={setDate}
        description="The text names scenes by number only: safe to paste into a call sheet the whole crew reads."
      />
      {block.data && block.data.scenes > 0 ? (
        <>
          <pre className="call-sheet-block">{block.data.text}</pre>
          <CopyButton value={block.data.text} label="Copy for the call sheet" what="call-sheet text" />
        </>
      ) : (
        <p className="muted">{valid ? 'No intimate scenes on this day.' : 'Choose a day.'}</p>
      )}
    </section>
  );
}
