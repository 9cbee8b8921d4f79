import type { JSX } from 'preact';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Chinese message shown next to the field; the field is marked aria-invalid while it is set. */
  error?: string;
  hint?: string;
  /** `text` for free-form lists such as 5、10、20. */
  inputMode?: 'decimal' | 'numeric' | 'text';
  placeholder?: string;
}

/** A labelled text input for numbers as people type them; errors and hints are tied to it for screen readers. */
export function NumberField({ id, label, value, onInput, error, hint, inputMode = 'decimal', placeholder }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const handleInput = (event: JSX.TargetedEvent<HTMLInputElement>) => onInput(event.currentTarget.value);
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={handleInput}
      />
      {hint && <small id={hintId} class="calc-hint">{hint}</small>}
      {error && <small id={errorId} class="calc-error">{error}</small>}
    </div>
  );
}
