import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StepView } from '../../lib/flows/describe.ts';

interface Props {
  title: string;
  kind: 'flow' | 'org';
  steps: StepView[];
}

/** The step's own sentence of its clause, with … where the clause goes on; the link leads to the rest. */
function quote({ clause: { excerpt } }: StepView): string {
  if (!excerpt.focus) return excerpt.before;
  return `${excerpt.before ? '…' : ''}${excerpt.focus}${excerpt.after ? '…' : ''}`;
}

const keys: Record<string, (i: number, last: number) => number> = {
  ArrowRight: (i) => i + 1,
  ArrowDown: (i) => i + 1,
  ArrowLeft: (i) => i - 1,
  ArrowUp: (i) => i - 1,
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * Steps through a FlowDiagram drawn at build time: marks the current node, its owner's nodes and legend entry,
 * and shows the step's clause. Rendered on the server at the first step, so hydrating only wakes the buttons
 * (hidden until then, in their place) and changes no layout; without JavaScript the stepper is not shown
 * (src/styles/flows.css) and the diagram and the step list stand on their own.
 */
export default function FlowStepper({ title, kind, steps }: Props) {
  const [index, setIndex] = useState(0);
  const [ready, setReady] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  /** Set once the reader has moved: hydrating must not scroll the page. */
  const moved = useRef(false);
  const figure = () => root.current?.closest<HTMLElement>('[data-flow-id]') ?? null;
  const last = steps.length - 1;
  const go = (i: number) => {
    moved.current = true;
    setIndex(Math.max(0, Math.min(last, i)));
  };

  useEffect(() => {
    setReady(true);
    const svg = figure()?.querySelector('svg');
    const onClick = (event: Event) => {
      const id = (event.target as Element).closest('[data-step-id]')?.getAttribute('data-step-id');
      const i = steps.findIndex((s) => s.id === id);
      if (i >= 0) setIndex(i);
    };
    svg?.addEventListener('click', onClick);
    return () => svg?.removeEventListener('click', onClick);
  }, []);

  useEffect(() => {
    const host = figure();
    const step = steps[index];
    if (!ready || !host || !step) return;
    host.classList.add('is-interactive');
    for (const el of host.querySelectorAll('[data-step-id]')) {
      const current = el.getAttribute('data-step-id') === step.id;
      el.classList.toggle('is-current', current);
      if (el.tagName === 'LI') current ? el.setAttribute('aria-current', 'step') : el.removeAttribute('aria-current');
    }
    for (const el of host.querySelectorAll('[data-role]')) el.classList.toggle('is-owner', el.getAttribute('data-role') === step.role);
    // Bring a step the reader moved to into sight (below this sticky panel, inside a sideways-scrolling box).
    const node = host.querySelector(`g[data-step-id="${step.id}"]`);
    const scroller = host.querySelector('.flow-scroll');
    if (!moved.current || !node || !scroller || !root.current) return;
    const n = node.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    const top = root.current.getBoundingClientRect().bottom;
    if (n.top < top || n.bottom > innerHeight || n.left < s.left || n.right > s.right) node.scrollIntoView({ block: 'center', inline: 'center' });
  }, [index, ready]);

  const step = steps[index];
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const move = keys[event.key];
    if (!move) return;
    event.preventDefault();
    go(move(index, last));
  };
  const [unit, prev, next, thing] = kind === 'org' ? ['個單位', '上一個', '下一個', '單位'] : ['步', '上一步', '下一步', '步驟'];

  return (
    <div ref={root} class="flow-stepper" role={ready ? 'group' : undefined} aria-label={ready ? `逐步檢視：${title}` : undefined} onKeyDown={onKeyDown}>
      {step && (
        <>
          <div class="flow-stepper-bar">
            <button type="button" aria-disabled={index === 0} onClick={() => go(index - 1)}>
              {prev}
            </button>
            <span class="flow-stepper-count">
              第 {step.number} {unit}，共 {steps.length} {unit}
              <span class="flow-stepper-hint">（方向鍵可切換，也可點選圖中{thing}）</span>
            </span>
            <button type="button" aria-disabled={index === last} onClick={() => go(index + 1)}>
              {next}
            </button>
          </div>
          <p class="flow-stepper-now" aria-live="polite">
            <strong>
              {step.number}. {step.label}
            </strong>
            （{kind === 'org' ? step.role : `${step.kindName}・負責：${step.role}`}）
          </p>
          {step.branches.length > 0 && <p class="flow-stepper-next">{step.branches.join('；')}</p>}
          <blockquote class="flow-stepper-clause">{quote(step)}</blockquote>
          <a class="flow-stepper-link" href={step.clause.href}>
            閱讀條文：{step.clause.label}
          </a>
        </>
      )}
    </div>
  );
}
