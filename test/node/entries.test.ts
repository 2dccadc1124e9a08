/**
 * Server-side rendering hosts (Next.js, Nuxt, SvelteKit, Astro) import modules on the server. Every entry of
 * package.json "exports", built from the current sources (vite.config.ts), is imported by name in a plain `node`
 * — no DOM, no bundler — by the `package-node-imports` server command (test/node/package-commands.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface NodeImport {
  specifier: string;
  ok: boolean;
  error?: string;
  exitCode: number;
  exports?: string[];
  isCustomElement?: boolean[];
  globals: Record<'window' | 'document' | 'HTMLElement' | 'customElements', string>;
  /** `lit-ssr-shim` when `customElements` is the stand-in Lit's Node build installs. */
  registry: 'none' | 'lit-ssr-shim' | 'other';
  registered: string[];
}

const pkg = (await (await fetch('/package.json')).json()) as { name: string; exports: Record<string, unknown> };
const specifiers = Object.keys(pkg.exports).map((key) => `${pkg.name}${key.slice(1)}`);

/** What each entry must export, at least. */
const EXPORTS: Record<string, string[]> = {
  'invitation-elements': ['InvitationList', 'InviteForm', 'InvitationError', 'clerkAdapter', 'registerAdapter'],
  'invitation-elements/define': ['InvitationList', 'InviteForm', 'clerkAdapter', 'lazyAdapter'],
  'invitation-elements/kit': ['defineAdapter', 'buildRequest', 'lazyAdapter', 'registerAdapter', 'parseBody'],
  'invitation-elements/invitation-list': ['InvitationList'],
  'invitation-elements/invitation-list/define': ['InvitationList'],
  'invitation-elements/invite-form': ['InviteForm'],
  'invitation-elements/invite-form/define': ['InviteForm'],
  'invitation-elements/react': ['InvitationList', 'InviteForm'],
  'invitation-elements/vue': ['isCustomElement', 'tagNames'],
  'invitation-elements/svelte': [],
  'invitation-elements/emulator': ['createEmulator'],
  'invitation-elements/testing': ['adapterContract', 'scriptedFetcher', 'InvitationListHarness', 'InviteFormHarness'],
  'invitation-elements/server': ['createInvitationsHandler', 'toNodeListener', 'SERVER_DIALECTS'],
  'invitation-elements/custom-elements.json': ['default'],
  'invitation-elements/package.json': ['default'],
};

/**
 * Entries that register into Lit's server-side `customElements` stand-in instead of skipping registration on a
 * server. src/define.ts guards on `typeof customElements`, which Lit's Node build defines before the guard runs;
 * the per-element define entries guard on `document` too. Empty this set once src/define.ts does the same.
 */
const REGISTERS_IN_LIT_SHIM = new Set<string>();

describe('every package entry in Node without a DOM (the SSR import)', () => {
  let results: Map<string, NodeImport>;

  before(async function () {
    this.timeout(120_000); // builds the package first (once per run)
    const list = (await executeServerCommand('package-node-imports')) as NodeImport[];
    results = new Map(list.map((r) => [r.specifier, r]));
  });

  it('covers every entry of package.json "exports", and the test knows what each one exports', () => {
    expect([...results.keys()].sort()).to.deep.equal([...specifiers].sort());
    expect(Object.keys(EXPORTS).sort()).to.deep.equal([...specifiers].sort());
  });

  for (const specifier of specifiers) {
    describe(specifier, () => {
      it('imports without throwing and leaves no window or document behind', () => {
        const r = results.get(specifier)!;
        expect(r.error ?? '', 'import error').to.equal('');
        expect(r.ok).to.equal(true);
        expect(r.exitCode).to.equal(0);
        expect(r.globals.window).to.equal('undefined');
        expect(r.globals.document).to.equal('undefined');
        expect(r.exports).to.include.members(EXPORTS[specifier] ?? ['(unknown entry)']);
      });

      if (REGISTERS_IN_LIT_SHIM.has(specifier)) {
        it('registers its tags only in the server-side stand-in of Lit (no DOM registry exists)', () => {
          const r = results.get(specifier)!;
          expect(r.registry).to.equal('lit-ssr-shim');
        });
      } else {
        it('registers no tag on the server (define is a no-op there)', () => {
          expect(results.get(specifier)!.registered).to.deep.equal([]);
        });
      }
    });
  }

  it('gives Vue compilers an isCustomElement that knows both tags', () => {
    expect(results.get('invitation-elements/vue')!.isCustomElement).to.deep.equal([true, true]);
  });
});
