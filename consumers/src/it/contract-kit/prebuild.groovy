// Pastes README's contract-kit example (its third), with the import list above it, into this
// project's tests: the published contract must run as README shows it.
def test = evaluate(new File(snippets)).call(new File(readme))[2]
def name = (test.code =~ /class (\w+)/)[0][1]
new File(basedir, 'src/test/java').mkdirs()
new File(basedir, "src/test/java/${name}.java").setText("${test.imports}\n${test.code}", 'UTF-8')
return true
