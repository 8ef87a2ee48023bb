// Pastes README's contract-kit example (the one that extends the contract), with the import list
// above it, into this project's tests: the published contract must run as README shows it.
def test = evaluate(new File(snippets)).call(new File(readme))
        .find { it.code.contains('extends CertCentralContract') }
if (test == null) {
    throw new IllegalStateException('README has no contract-kit example')
}
def name = (test.code =~ /class (\w+)/)[0][1]
new File(basedir, 'src/test/java').mkdirs()
new File(basedir, "src/test/java/${name}.java").setText("${test.imports}\n${test.code}", 'UTF-8')
return true
