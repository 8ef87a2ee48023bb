// Pastes README's first example, with README's import list, into this application: if README
// changes, this build compiles the new text, so the two cannot drift apart.
def first = evaluate(new File(snippets)).call(new File(readme))[0]
def target = new File(basedir, 'src/main/java/readme/FirstExample.java')
target.parentFile.mkdirs()
target.setText("""package readme;

${first.imports}
/** README's first example, pasted by prebuild.groovy. */
final class FirstExample {

  private FirstExample() {}

  static void run() throws Exception {
${first.code}
  }
}
""", 'UTF-8')
return true
