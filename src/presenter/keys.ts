/**
 * The presenter's keys, as pure functions from a key to an intention, so the table is tested
 * without a DOM. They are the keys of presentation clickers and slide software (reveal.js,
 * PowerPoint): a speaker's hands already know them.
 *
 * | keys | intention |
 * | --- | --- |
 * | Right, Down, PageDown, Space, N, Enter | next step |
 * | Left, Up, PageUp, Backspace, P | previous step |
 * | Home, End | first, last step |
 * | G, a number, Enter | go to that step |
 * | F | full screen |
 * | B or . / W or , | black / white screen (any key returns) |
 * | S | speaker notes window |
 * | O | overview of the steps |
 * | ? | key help |
 * | Escape | close what is open, else leave the tour |
 */
export type Intention =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; step: number }
  | { type: 'fullscreen' }
  | { type: 'screen'; colour: 'black' | 'white' }
  | { type: 'notes' }
  | { type: 'overview' }
  | { type: 'help' }
  | { type: 'escape' }
  /** A key typed after G: the digits so far. */
  | { type: 'typing'; digits: string };

export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n', 'N', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);

/**
 * The intention of a key, given the digits typed after G (null when G was not pressed). Keys
 * with Ctrl, Alt or Meta belong to the browser.
 */
export function presenterIntention(e: KeyLike, digits: string | null): Intention | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  if (digits !== null) {
    if (/^[0-9]$/.test(e.key)) return { type: 'typing', digits: `${digits}${e.key}`.slice(0, 4) };
    if (e.key === 'Backspace') return { type: 'typing', digits: digits.slice(0, -1) };
    if (e.key === 'Enter') return digits ? { type: 'go', step: Number(digits) } : null;
    if (e.key === 'Escape') return { type: 'typing', digits: '' };
  }
  if (NEXT.has(e.key)) return { type: 'next' };
  if (PREVIOUS.has(e.key)) return { type: 'previous' };
  switch (e.key) {
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'g':
    case 'G':
      return { type: 'typing', digits: '' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'screen', colour: 'black' };
    case 'w':
    case 'W':
    case ',':
      return { type: 'screen', colour: 'white' };
    case 's':
    case 'S':
      return { type: 'notes' };
    case 'o':
    case 'O':
      return { type: 'overview' };
    case '?':
      return { type: 'help' };
    case 'Escape':
      return { type: 'escape' };
    default:
      return null;
  }
}

/** The keys as the help lists them: message key of the action, and the keys' names. */
export const KEY_HELP: readonly { action: string; keys: readonly string[] }[] = [
  { action: 'presenter-help-next', keys: ['→', '↓', 'PageDown', 'Space', 'N', 'Enter'] },
  { action: 'presenter-help-previous', keys: ['←', '↑', 'PageUp', 'Backspace', 'P'] },
  { action: 'presenter-help-first-last', keys: ['Home', 'End'] },
  { action: 'presenter-help-go', keys: ['G', '3', 'Enter'] },
  { action: 'presenter-help-fullscreen', keys: ['F'] },
  { action: 'presenter-help-black', keys: ['B', '.'] },
  { action: 'presenter-help-white', keys: ['W', ','] },
  { action: 'presenter-help-notes', keys: ['S'] },
  { action: 'presenter-help-overview', keys: ['O'] },
  { action: 'presenter-help-help', keys: ['?'] },
  { action: 'presenter-help-escape', keys: ['Esc'] },
];
