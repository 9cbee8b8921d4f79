import type { JSX } from 'preact';

interface Props {
  id: string;
  /** Accessible name; the table's column header is its visible label. */
  label: string;
  value: string;
  onInput: (value: string) => void;
  invalid?: boolean;
  /** Shown under the input and read with it. */
  error?: string;
  /** Ids of further messages about this cell (a row or table message). */
  describedBy?: string;
  inputMode?: 'decimal' | 'text';
  list?: string;
  placeholder?: string;
}

/** A text input inside a table cell, with its own Chinese error under it. */
export function CellInput({ id, label, value, onInput, invalid, error, describedBy, inputMode = 'decimal', list, placeholder }: Props) {
  const errorId = error ? `${id}-error` : undefined;
  const describe = [errorId, describedBy].filter(Boolean).join(' ') || undefined;
  const handle = (event: JSX.TargetedEvent<HTMLInputElement>) => onInput(event.currentTarget.value);
  return (
    <>
      <input
        class="calc-control"
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        aria-label={label}
        value={value}
        list={list}
        placeholder={placeholder}
        aria-invalid={invalid || error ? 'true' : undefined}
        aria-describedby={describe}
        onInput={handle}
      />
      {error && <small id={errorId} class="calc-error">{error}</small>}
    </>
  );
}
