import { adapterContract } from './contract.js';
import { fixtures } from './fixtures.js';

for (const fixture of fixtures) adapterContract(fixture);
