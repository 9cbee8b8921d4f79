import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCorrect, passes, percentOf, scoreQuiz } from '../../../src/lib/quiz/score.ts';

const single = { id: 'a', correct: [2] };
const multiple = { id: 'b', correct: [0, 3] };
const trueFalse = { id: 'c', correct: [1] };

describe('isCorrect', () => {
  it('takes the one right option of a single-choice or true/false question', () => {
    expect(isCorrect(single, [2])).toBe(true);
    expect(isCorrect(single, [1])).toBe(false);
    expect(isCorrect(trueFalse, [1])).toBe(true);
    expect(isCorrect(trueFalse, [0])).toBe(false);
  });

  it('takes a multiple-choice answer only when it is exactly the right set, in any order', () => {
    expect(isCorrect(multiple, [0, 3])).toBe(true);
    expect(isCorrect(multiple, [3, 0])).toBe(true);
  });

  it('counts a partial multiple-choice answer as wrong', () => {
    expect(isCorrect(multiple, [0])).toBe(false);
    expect(isCorrect(multiple, [3])).toBe(false);
  });

  it('counts ticking an extra wrong option, or every option, as wrong', () => {
    expect(isCorrect(multiple, [0, 1, 3])).toBe(false);
    expect(isCorrect(multiple, [0, 1, 2, 3])).toBe(false);
  });

  it('counts no answer as wrong', () => {
    expect(isCorrect(single, [])).toBe(false);
  });
});

describe('scoreQuiz', () => {
  it('counts right answers; unanswered questions are wrong', () => {
    expect(scoreQuiz([single, multiple, trueFalse], { a: [2], b: [0] }, 80)).toEqual({ correct: 1, total: 3, percent: 33, passed: false });
  });

  it('passes at 80 %: 16 of 20 passes, 15 of 20 does not', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => ({ id: `q${i}`, correct: [0] }));
    const answers = (right: number) => Object.fromEntries(twenty.map((q, i) => [q.id, [i < right ? 0 : 1]]));
    expect(scoreQuiz(twenty, answers(16), 80)).toEqual({ correct: 16, total: 20, percent: 80, passed: true });
    expect(scoreQuiz(twenty, answers(15), 80)).toEqual({ correct: 15, total: 20, percent: 75, passed: false });
  });

  it('does not round a near miss up to a pass: 31 of 39 is 79 % and fails', () => {
    expect(passes(31, 39, 80)).toBe(false);
    expect(percentOf(31, 39)).toBe(79);
    expect(passes(4, 5, 80)).toBe(true);
    expect(passes(24, 31, 80)).toBe(false); // 77.4 %
    expect(passes(25, 31, 80)).toBe(true); // 80.6 %
  });

  it('a shown percent of 80 or more always means passed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(500), (total, n) => {
        const correct = n % (total + 1);
        expect(passes(correct, total, 80)).toBe(percentOf(correct, total) >= 80);
      }),
    );
  });

  it('applies the pass mark HR sets: at 70 %, 14 of 20 passes and 13 of 20 does not', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => ({ id: `q${i}`, correct: [0] }));
    const answers = (right: number) => Object.fromEntries(twenty.map((q, i) => [q.id, [i < right ? 0 : 1]]));
    expect(scoreQuiz(twenty, answers(14), 70).passed).toBe(true);
    expect(scoreQuiz(twenty, answers(13), 70).passed).toBe(false);
    expect(passes(20, 20, 100)).toBe(true);
    expect(passes(19, 20, 100)).toBe(false);
  });

  it('an empty quiz scores 0 and does not pass', () => {
    expect(scoreQuiz([], {}, 80)).toEqual({ correct: 0, total: 0, percent: 0, passed: false });
  });
});
