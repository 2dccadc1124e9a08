// Types of engine-limits.mjs (plain JS, so that web-test-runner.config.mjs reads it too).
export type Engine = 'chromium' | 'firefox' | 'webkit';
export declare const CHROMIUM_ONLY_SUITES: Readonly<Record<string, string>>;
export declare const TOOLING: Readonly<
  Record<
    'mediaEmulation' | 'narrowViewport' | 'scopedRegistries' | 'syntheticPasteData',
    { engines: Engine[]; why: string }
  >
>;
