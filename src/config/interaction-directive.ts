import type { ClientDirective } from 'astro';

/** The first signs that a reader is about to use an island: the pointer over it, a tap, focus, a key. */
const cues = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/**
 * `client:interaction`: hydrate on the reader's first approach instead of at load, so a long server-rendered
 * island (the quizzes) costs no main-thread work until someone uses it. Its markup must be usable as rendered:
 * whatever the reader did before hydration finished, the component picks up from the DOM.
 */
const interactionDirective: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const cue of cues) el.removeEventListener(cue, start);
    void load().then((hydrate) => hydrate());
  };
  for (const cue of cues) el.addEventListener(cue, start, { passive: true });
};

export default interactionDirective;
