/** Messages both elements use. */
export const commonMessages = {
  statusPending: 'Pending',
  statusProcessing: 'Processing',
  statusAccepted: 'Accepted',
  statusRevoked: 'Revoked',
  statusExpired: 'Expired',
  statusFailed: 'Failed',
  noAdapter: (provider: string) =>
    provider
      ? `Unknown provider "${provider}". Use auth0, clerk or upsun, or set the adapter property.`
      : 'No provider is set. Set the provider attribute (auth0, clerk or upsun) or the adapter property.',
  noEndpoint: 'No endpoint is set. Set the endpoint attribute to the invitations collection URL.',
  retryIn: (seconds: number) => `Retrying in ${seconds} s…`,
};
