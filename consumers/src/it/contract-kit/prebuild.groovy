// Pastes README's contract-kit examples (the ones that extend a contract), each with the import
// list above it, into this project's tests: the published contracts must run as README shows them.
def examples = evaluate(new File(snippets)).call(new File(readme))
['extends CertCentralContract', 'extends CertificateLifeContract'].each { marker ->
    def test = examples.find { it.code.contains(marker) }
    if (test == null) {
        throw new IllegalStateException("README has no contract-kit example that ${marker}")
    }
    def name = (test.code =~ /class (\w+)/)[0][1]
    new File(basedir, 'src/test/java').mkdirs()
    new File(basedir, "src/test/java/${name}.java").setText("${test.imports}\n${test.code}", 'UTF-8')
}
return true
