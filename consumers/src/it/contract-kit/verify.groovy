// Both README examples ran every scenario: none skipped, so the certificate life really placed,
// validated (through the fixture's DCV step), issued, reissued and revoked.
['MyCertCentralContractTest', 'MyCertificateLifeTest'].each { name ->
    def report = new File(basedir, "target/surefire-reports/TEST-${name}.xml")
    if (!report.isFile()) {
        throw new IllegalStateException("${name} did not run: no ${report}")
    }
    def suite = (report.getText('UTF-8') =~ /<testsuite [^>]*>/)[0]
    def count = { attribute -> (suite =~ /\b${attribute}="(\d+)"/)[0][1].toInteger() }
    if (count('tests') < 10 || count('skipped') != 0 || count('failures') + count('errors') != 0) {
        throw new IllegalStateException("${name}: ${suite}; expected every scenario to run and pass")
    }
}
return true
