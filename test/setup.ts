// Ink renders only the last frame when it believes it runs in CI; screen tests need every frame.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
delete process.env.GITHUB_ACTIONS;
