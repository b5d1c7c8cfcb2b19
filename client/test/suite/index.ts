// Entry of the extension-host suite: the `run()` module that both VS Code's test runner
// (extensionTestsPath, @vscode/test-electron) and code-server's smoke-test payload load.
// scripts/e2e/buildSuite.mjs bundles it, Mocha included, into out/e2e/suite/index.js.
// The test files register their suites when imported, so they are imported only after
// Mocha has installed describe/it on the global object.
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    color: false,
    reporter: 'spec',
    grep: process.env.TREATY_TEST_GREP || undefined,
  });
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'treaty-check-suite', mocha);
  await import('./activation.test');
  await import('./diagnostics.test');
  await import('./codeActions.test');
  await import('./languageFeatures.test');
  await import('./commands.test');
  await import('./settings.test');
  await import('./factBase.test');

  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    // Say why a test failed as soon as it does, so an overall timeout still leaves the reasons in the log.
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, error: Error) => {
      console.log(`      ✖ ${test.fullTitle()}\n        ${String(error?.message ?? error).split('\n').join('\n        ')}`);
    });
  });
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
