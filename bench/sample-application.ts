/** The application every bench run sends, and the floor worker checks at startup. */
export const APPLICATION = {
  organization: "demo-uk",
  submitter: { role: "self", name: "A. Person", email: "a.person@example.com" },
  applicant: { name: "A. Person", prisonNumber: "A1234BC" },
  conviction: { jurisdiction: "GB", offenses: "Robbery" },
  claim: { innocenceStatement: "I was in another city that night." },
  consent: { dataProcessing: true },
};
