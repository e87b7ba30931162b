// Job pages in the shapes real boards use for their schema.org data, written for these
// tests (no real page is copied). Each comment names the shape, not a real posting.

const page = (head: string, body = '<main><h1>Job</h1></main>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Job</title>${head}</head><body>${body}</body></html>`;
// Pages escape "</" inside the JSON as "<\/" (a bare "</script>" would end the block), as real boards do.
const json = (value: unknown) => JSON.stringify(value).replace(/<\//g, '<\\/');
const ld = (value: unknown, attrs = 'type="application/ld+json"') => `<script ${attrs}>${typeof value === 'string' ? value : json(value)}</script>`;

/** Greenhouse/Yoast-like: one @graph holding the site, the employer and the posting, which refers to the employer by @id; escaped HTML in the description. */
export const greenhousePage = page(
  ld({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': 'https://northwind.example/#site', name: 'Northwind careers' },
      { '@type': 'Organization', '@id': 'https://northwind.example/#org', name: 'Northwind Traders', sameAs: ['https://northwind.example'] },
      {
        '@type': 'JobPosting',
        title: 'Warehouse Lead',
        hiringOrganization: { '@id': 'https://northwind.example/#org' },
        datePosted: '2024-05-01T09:30:00-07:00',
        validThrough: '2024-06-30T23:59:59-07:00',
        employmentType: ['FULL_TIME'],
        identifier: { '@type': 'PropertyValue', name: 'Northwind Traders', value: '4012345' },
        jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Kent', addressRegion: 'WA', addressCountry: 'US' } },
        baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 24.5, maxValue: 29, unitText: 'HOUR' } },
        description:
          '&lt;p&gt;Lead a team of 6 in our Kent warehouse.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Forklift certified&lt;/li&gt;&lt;li&gt;Safety &amp;amp; quality first&lt;/li&gt;&lt;/ul&gt;',
      },
    ],
  }),
);

/** Lever-like: a top-level posting, several places, remote (TELECOMMUTE and applicant countries), real HTML in the description. */
export const leverPage = page(
  ld({
    '@context': 'http://schema.org',
    '@type': 'JobPosting',
    title: 'Support Engineer',
    hiringOrganization: { '@type': 'Organization', name: 'Fabrikam', logo: 'https://fabrikam.example/logo.png' },
    jobLocation: [
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'San Francisco', addressRegion: 'CA', addressCountry: 'US' } },
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'New York', addressRegion: 'NY', addressCountry: 'US' } },
    ],
    jobLocationType: 'TELECOMMUTE',
    applicantLocationRequirements: { '@type': 'Country', name: 'USA' },
    employmentType: 'FULL_TIME',
    datePosted: '2024-04-02',
    description:
      '<div><h3>About us</h3><p>We&#39;re hiring&nbsp;support engineers.</p><p>You will:<br>help customers<br/>write docs</p><ul><li><p>3+ years</p></li><li>SQL</li></ul><script>alert(1)</script></div>',
  }),
);

/** Workday-like: a country object, the requisition id as identifier, and raw line breaks inside a JSON string (invalid JSON that real pages send). */
export const workdayPage = page(
  ld(
    `{
  "@context": "http://schema.org",
  "@type": "JobPosting",
  "title": "Payroll Specialist",
  "identifier": {"@type": "PropertyValue", "name": "R-0042", "value": "R-0042"},
  "hiringOrganization": {"@type": "Organization", "name": "Contoso"},
  "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Seattle", "addressRegion": "Washington", "addressCountry": {"@type": "Country", "name": "United States of America"}}},
  "employmentType": "FULL_TIME",
  "datePosted": "2024-05-10",
  "validThrough": "2024-07-01",
  "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {"@type": "QuantitativeValue", "minValue": 5200, "maxValue": 6100, "unitText": "MONTH"}},
  "description": "Process payroll for 900 employees.
	Reconcile accounts monthly."
}`,
  ),
);

/** Indeed-like: the first script is broken JSON, the second has @type as an array and the employer as a plain string; served as Windows-1252. */
export const indeedPage = page(
  ld('{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [,]') +
    ld({
      '@context': 'https://schema.org/',
      '@type': ['JobPosting'],
      title: 'Line Cook',
      hiringOrganization: 'Café Olé',
      jobLocation: { '@type': 'Place', address: 'Spokane, WA 99201' },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'usd', value: { '@type': 'QuantitativeValue', value: 52000, unitText: 'YEAR' } },
      employmentType: ['FULL_TIME', 'PART_TIME'],
      datePosted: '2024-05-15',
      description: 'Cook on the line. Weekend shifts.',
    }),
);

/** LinkedIn-like: extra attributes and odd casing on the script tag, an HTML comment around the JSON, a prefixed @type, entities in the title, pay as strings. */
export const linkedinPage = page(
  ld(
    `<!--${json({
      '@context': 'http://schema.org',
      '@type': 'http://schema.org/JobPosting',
      title: 'Data &amp; Reporting Analyst',
      hiringOrganization: { '@type': 'Organization', name: 'Tailspin Toys', sameAs: 'https://tailspin.example' },
      identifier: '3901234567',
      datePosted: '2024-05-20T17:02:33.000Z',
      employmentType: 'FULL_TIME, PART_TIME',
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Tacoma', addressRegion: 'WA', addressCountry: 'US' } },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: '85,000', maxValue: '$110,000.00', unitText: 'YEAR' } },
      description: '<strong>Role</strong><br><br>&#8226; Build dashboards 📊<br>&#8226; Explain results&nbsp;clearly',
    })}-->`,
    'data-rh="true" type="Application/LD+JSON; charset=utf-8"',
  ),
);

/** A page with no structured data at all. */
export const plainPage = page('', '<main><h1>Barista</h1><p>Apply in person.</p></main>');

/** A page whose only JSON-LD is broken beyond repair. */
export const brokenPage = page(ld('{"@type": "JobPosting", "title": "Broken" "hiringOrganization": }'));
