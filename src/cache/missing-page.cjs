// A reader's page for an address that holds nothing (src/components/layout/missing-page.tsx): never stored, so it
// can never outlive the article published there later, and a flood of made-up addresses writes nothing.
const isMissingPage = (data) => Boolean(data && data.kind === 'APP_PAGE' && data.status === 404)

module.exports = { isMissingPage }
