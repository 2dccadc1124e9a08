import { expect } from '@open-wc/testing';
import { BUILTIN_ADAPTERS } from '../../src/providers/providers.js';
import { PROVIDER_ROUTES } from '../../src/providers/routes.js';
import { adapterContract } from '../../src/testing/contract.js';
import { fixtures } from './fixtures.js';

// The shared contract (shipped as `invitation-elements/testing`), against every built-in adapter and the custom one.
for (const fixture of fixtures) adapterContract(fixture);

describe('the route tables (src/providers/routes.ts)', () => {
  it('are the ones the built-in adapters send with, and a bulk route carries what the adapter batches', () => {
    for (const [name, wire] of Object.entries(PROVIDER_ROUTES)) {
      const adapter = BUILTIN_ADAPTERS[name as keyof typeof BUILTIN_ADAPTERS];
      expect(adapter.routes, name).to.equal(wire.routes);
      expect(adapter.id, name).to.equal(wire.id);
      const most = Math.max(1, ...Object.values(wire.routes).map((r) => ('maxItems' in r ? r.maxItems : 1)));
      expect(adapter.capabilities.bulkSize, `${name}: bulkSize`).to.equal(most);
    }
  });
});
