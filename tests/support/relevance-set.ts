/**
 * The relevance set: queries students type, each with the certifications it must show in the first
 * three results. The unit test runs it against the ranking over the catalogue's files
 * (tests/unit/search-relevance.test.ts, fast), the browser test through the header's search box on the
 * built catalogue (tests/e2e/search-relevance.spec.ts). When a query a student types finds the wrong
 * certification, add it here first: the test then fails until the search finds it.
 */
export interface RelevanceCase {
  query: string;
  /** Slugs that must all be among the first three results. */
  expected: string[];
  /** What kind of spelling the case stands for. */
  kind: 'code' | 'typo' | 'symbol' | 'nickname' | 'provider' | 'role' | 'retired';
}

/** How far down a result may be and still count as found. */
export const TOP = 3;

export const RELEVANCE_SET: readonly RelevanceCase[] = [
  { query: 'AZ-900', expected: ['microsoft-azure-fundamentals'], kind: 'code' },
  { query: 'az900', expected: ['microsoft-azure-fundamentals'], kind: 'code' },
  { query: 'az 900', expected: ['microsoft-azure-fundamentals'], kind: 'code' },
  { query: 'SAA-C03', expected: ['aws-certified-solutions-architect-associate'], kind: 'code' },
  { query: 'saa c03', expected: ['aws-certified-solutions-architect-associate'], kind: 'code' },
  { query: 'saac03', expected: ['aws-certified-solutions-architect-associate'], kind: 'code' },
  { query: 'sy0-701', expected: ['comptia-security-plus'], kind: 'code' },
  { query: '200-301', expected: ['cisco-certified-network-associate'], kind: 'code' },
  { query: 'az104', expected: ['microsoft-certified-azure-administrator-associate'], kind: 'code' },
  { query: 'n10 009', expected: ['comptia-network-plus'], kind: 'code' },
  { query: '1z0819', expected: ['java-se-11-developer-1z0-819'], kind: 'code' },
  { query: 'clf-c02', expected: ['aws-certified-cloud-practitioner'], kind: 'code' },
  { query: '312-50', expected: ['certified-ethical-hacker-ceh'], kind: 'code' },
  { query: 'kubernets administrator', expected: ['certified-kubernetes-administrator'], kind: 'typo' },
  { query: 'kubernets', expected: ['certified-kubernetes-administrator'], kind: 'typo' },
  { query: 'securty+', expected: ['comptia-security-plus'], kind: 'typo' },
  { query: 'securty plus', expected: ['comptia-security-plus'], kind: 'typo' },
  { query: 'certifed ethical hacker', expected: ['certified-ethical-hacker-ceh'], kind: 'typo' },
  { query: 'solutoins architect associate', expected: ['aws-certified-solutions-architect-associate'], kind: 'typo' },
  { query: 'terrafrom associate', expected: ['hashicorp-certified-terraform-associate-004'], kind: 'typo' },
  { query: 'azure fundamnetals', expected: ['microsoft-azure-fundamentals'], kind: 'typo' },
  { query: 'security plus', expected: ['comptia-security-plus'], kind: 'symbol' },
  { query: 'a plus', expected: ['comptia-a-plus'], kind: 'symbol' },
  { query: 'comptia a+', expected: ['comptia-a-plus'], kind: 'symbol' },
  { query: 'network plus', expected: ['comptia-network-plus'], kind: 'symbol' },
  { query: 'pentest plus', expected: ['comptia-pentest-plus'], kind: 'symbol' },
  { query: 'cysa+', expected: ['comptia-cybersecurity-analyst-cysa-plus'], kind: 'symbol' },
  { query: 'cka', expected: ['certified-kubernetes-administrator'], kind: 'nickname' },
  { query: 'ckad', expected: ['certified-kubernetes-application-developer-ckad'], kind: 'nickname' },
  { query: 'cissp', expected: ['isc2-cissp'], kind: 'nickname' },
  { query: 'pmp', expected: ['pmi-pmp'], kind: 'nickname' },
  { query: 'ccna', expected: ['cisco-certified-network-associate'], kind: 'nickname' },
  { query: 'oscp', expected: ['offsec-certified-professional'], kind: 'nickname' },
  { query: 'ceh', expected: ['certified-ethical-hacker-ceh'], kind: 'nickname' },
  { query: 'itil foundation', expected: ['itil-4-foundation'], kind: 'nickname' },
  { query: 'azure fundamentals', expected: ['microsoft-azure-fundamentals'], kind: 'nickname' },
  { query: 'aws cloud practitioner', expected: ['aws-certified-cloud-practitioner'], kind: 'provider' },
  {
    query: 'amazon web services solutions architect',
    expected: ['aws-certified-solutions-architect-associate'],
    kind: 'provider',
  },
  { query: 'offensive security oscp', expected: ['offsec-certified-professional'], kind: 'provider' },
  { query: 'google cloud digital leader', expected: ['cloud-digital-leader'], kind: 'provider' },
  { query: '(isc)² cissp', expected: ['isc2-cissp'], kind: 'provider' },
  { query: 'cncf kubernetes administrator', expected: ['certified-kubernetes-administrator'], kind: 'provider' },
  { query: 'azure administrator', expected: ['microsoft-certified-azure-administrator-associate'], kind: 'role' },
  { query: 'google cloud architect', expected: ['google-cloud-professional-cloud-architect'], kind: 'role' },
  { query: 'ethical hacker', expected: ['certified-ethical-hacker-ceh'], kind: 'role' },
  { query: 'google data analytics', expected: ['google-data-analytics-professional-certificate'], kind: 'role' },
  {
    query: 'aws machine learning specialty',
    expected: ['aws-certified-machine-learning-specialty', 'aws-certified-machine-learning-engineer-associate'],
    kind: 'retired',
  },
  {
    query: 'MLS-C01',
    expected: ['aws-certified-machine-learning-specialty', 'aws-certified-machine-learning-engineer-associate'],
    kind: 'retired',
  },
  {
    query: 'terraform associate 003',
    expected: ['hashicorp-certified-terraform-associate-003', 'hashicorp-certified-terraform-associate-004'],
    kind: 'retired',
  },
  {
    query: 'aca cloud computing associate',
    expected: ['aca-cloud-computing-associate', 'alibaba-cloud-certified-cloud-engineer-associate'],
    kind: 'retired',
  },
];
