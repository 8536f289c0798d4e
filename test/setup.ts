// Ink renders only the last frame when it believes it runs in CI; screen tests need every frame.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
delete process.env.GITHUB_ACTIONS;

// No test reads or writes the real data folder: screens opened without a store read the home
// summary from GATEPREP_HOME, so each test file starts with an empty one of its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
process.env.GATEPREP_HOME = mkdtempSync(join(tmpdir(), 'gateprep-test-home-'));
