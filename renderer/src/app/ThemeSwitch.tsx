import { type Key, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { setThemeChoice, THEME_CHOICES, type ThemeChoice, useThemeChoice } from '../lib/theme';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

function isThemeChoice(key: Key | undefined): key is ThemeChoice {
  return typeof key === 'string' && (THEME_CHOICES as readonly string[]).includes(key);
}

/** System / Light / Dark, remembered on this computer. */
export function ThemeSwitch() {
  const choice = useThemeChoice();
  return (
    <div className="theme-switch">
      <span className="sidebar-label" id="theme-label">
        Theme
      </span>
      <ToggleButtonGroup
        aria-labelledby="theme-label"
        className="segmented"
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[choice]}
        onSelectionChange={(keys) => {
          const [next] = keys;
          if (isThemeChoice(next)) setThemeChoice(next);
        }}
      >
        {THEME_CHOICES.map((id) => (
          <ToggleButton key={id} id={id} className="segment">
            {LABELS[id]}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </div>
  );
}
