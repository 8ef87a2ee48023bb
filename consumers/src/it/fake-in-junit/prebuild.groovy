// Pastes README's JUnit examples (each one that uses the fake's extension), with the import list
// above each, into this project's tests: they must compile and pass as README shows them.
def examples = evaluate(new File(snippets)).call(new File(readme))
        .findAll { it.code.contains('FakeCertCentralExtension') }
if (examples.size() < 2) {
    throw new IllegalStateException("README has ${examples.size()} JUnit examples of the fake, expected at least 2")
}
examples.each { test ->
    def name = (test.code =~ /class (\w+)/)[0][1]
    new File(basedir, "src/test/java/${name}.java").setText("${test.imports}\n${test.code}", 'UTF-8')
}
return true
