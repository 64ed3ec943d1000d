import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import type { CommandOutput } from '../../../../shared/commands';
import { formatDay } from '../../lib/format';

/** Chooses a shoot day; each option says which scenes shoot that day. */
export function DayPicker({
  days,
  value,
  onChange,
  label = 'Shoot day',
}: {
  days: CommandOutput<'stock.shootDays'>;
  value: string;
  onChange: (date: string) => void;
  label?: string;
}) {
  return (
    <Select className="field" selectedKey={value} onSelectionChange={(key) => onChange(String(key))}>
      <Label className="field-label">{label}</Label>
      <Button className="input select-trigger">
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="chevron" />
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={days.map((d) => ({ ...d, id: d.date }))}>
          {(d) => (
            <ListBoxItem className="listbox-item" id={d.date} textValue={formatDay(d.date)}>
              {formatDay(d.date)} · scenes {d.scenes.join(', ')}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
