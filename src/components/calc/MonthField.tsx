import type { JSX } from 'preact';

interface Props {
  id: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  /** 「版本 1.1，自 2027-01-01 起生效」 for the month chosen. */
  version?: string;
}

/** 試算月份: the month whose rules apply (the version in force on its last day). */
export function MonthField({ id, value, onInput, error, version }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const handle = (event: JSX.TargetedEvent<HTMLInputElement>) => onInput(event.currentTarget.value);
  return (
    <div class="calc-field calc-month">
      <label for={id}>試算月份</label>
      <input
        id={id}
        type="month"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onInput={handle}
      />
      <small id={hintId} class="calc-hint">
        {version ? `套用${version}的規則` : '套用該月最後一天有效的規則版本'}
      </small>
      {error && <small id={errorId} class="calc-error">{error}</small>}
    </div>
  );
}
