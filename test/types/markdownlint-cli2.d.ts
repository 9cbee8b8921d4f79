// markdownlint-cli2 ships JSDoc types only; the part test/content/markdownlint.test.ts uses.
declare module 'markdownlint-cli2' {
  export function main(params: {
    directory?: string;
    argv?: string[];
    logMessage?: (message: string) => void;
    logError?: (message: string) => void;
  }): Promise<number>;
}
