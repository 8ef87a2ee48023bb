// Pastes README's JUnit example (its second), with the import list above it, into this project's
// tests: it must compile and pass as README shows it.
def test = evaluate(new File(snippets)).call(new File(readme))[1]
def name = (test.code =~ /class (\w+)/)[0][1]
new File(basedir, "src/test/java/${name}.java").setText("${test.imports}\n${test.code}", 'UTF-8')
return true
