import { describe, expect, it } from 'vitest';
import { newestCommitDates } from '../../src/lib/git-log.ts';

describe('last commit date per file', () => {
  it('takes the newest commit touching each file (git log lists newest first)', () => {
    const log = [
      't:1764115902',
      '',
      'content/docs/commercial-operations/index.mdx',
      '',
      't:1764115302',
      '',
      'content/docs/commercial-operations/index.mdx',
      'content/docs/commercial-operations/s4.mdx',
      '',
    ].join('\n');
    const dates = newestCommitDates(log);
    expect(dates.get('content/docs/commercial-operations/index.mdx')).toEqual(new Date(1764115902 * 1000));
    expect(dates.get('content/docs/commercial-operations/s4.mdx')).toEqual(new Date(1764115302 * 1000));
    expect(dates.size).toBe(2);
  });

  it('knows nothing of files without commits', () => {
    expect(newestCommitDates('').size).toBe(0);
  });
});
