import { describe, expect, it } from 'vitest';
import { titleKeys } from '../../src/lib/text/title-key';

const same = (a: string, b: string, provider: string) =>
  titleKeys(a, provider).some((key) => titleKeys(b, provider).includes(key));

describe('titleKeys', () => {
  it.each([
    ['Google Cloud Professional Cloud Architect', 'Professional Cloud Architect', 'Google Cloud'],
    ['PRINCE2 Foundation (7th Edition)', 'PRINCE2 7th Edition Foundation', 'PeopleCert'],
    ['Cisco Certified Network Associate (CCNA)', 'Cisco Certified Network Associate', 'Cisco'],
    ['ArchiMate® 3 Foundation', 'Archimate 3 Foundation', 'The Open Group'],
    ['Réseau Expert', 'Reseau Expert', 'X'],
  ])('match "%s" and "%s" of one provider', (a, b, provider) => {
    expect(same(a, b, provider)).toBe(true);
  });

  it.each([
    ['Salesforce Certified Platform Developer', 'Salesforce Certified Platform Developer II', 'Salesforce'],
    ['Microsoft Dynamics 365 Fundamentals (ERP)', 'Microsoft Dynamics 365 Fundamentals (CRM)', 'Microsoft'],
    ['F5 Certified BIG-IP Administrator (101)', 'F5 Certified Administrator — BIG-IP (201)', 'F5'],
    ['CompTIA A+', 'CompTIA A', 'CompTIA'],
    ['CFA Program Level I', 'CFA Program Level II', 'CFA Institute'],
  ])('tell "%s" and "%s" apart', (a, b, provider) => {
    expect(same(a, b, provider)).toBe(false);
  });
});
