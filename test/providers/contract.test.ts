import { adapterContract } from '../../src/testing/contract.js';
import { fixtures } from './fixtures.js';

// The shared contract (shipped as `invitation-elements/testing`), against every built-in adapter and the custom one.
for (const fixture of fixtures) adapterContract(fixture);
