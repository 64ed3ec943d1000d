import { Button } from 'react-aria-components';

/**
 * A quiet small button in a table row, named for the record it acts on ("Delete Maren Holt") so
 * every row's button has its own accessible name.
 */
export function RowAction({
  verb,
  name,
  onPress,
  danger = false,
  isDisabled,
  children,
}: {
  verb: string;
  name: string | number;
  onPress: () => void;
  danger?: boolean;
  isDisabled?: boolean;
  children?: string;
}) {
  return (
    <Button
      className={`btn btn-quiet btn-small${danger ? ' btn-delete' : ''}`}
      onPress={onPress}
      aria-label={`${verb} ${name}`}
      isDisabled={isDisabled}
    >
      {children ?? verb}
    </Button>
  );
}
