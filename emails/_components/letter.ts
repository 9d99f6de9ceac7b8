/**
 * Marks what only an email has, left out when the message is printed as a letter: the button, the
 * reference (the letter prints it under the address) and the footer.
 */
export const emailOnly = { "data-email-only": "true" } as const;
