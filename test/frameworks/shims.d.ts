// Types of the framework test apps, for the project's tsc (the apps themselves are compiled by each framework's
// Vite plugin; the typed versions a user writes are type-checked by scripts/pack-check.mjs).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<import('./support.js').AppProps>;
  export default component;
}
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<import('./support.js').AppProps>;
  export default component;
}
declare module '*.jsx' {
  import type { FunctionComponent } from 'react';
  export const App: FunctionComponent<import('./support.js').AppProps>;
}
