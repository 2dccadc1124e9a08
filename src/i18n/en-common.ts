/** Messages both elements use. */
export const commonMessages = {
  statusPending: 'Pending',
  statusProcessing: 'Processing',
  statusAccepted: 'Accepted',
  statusRevoked: 'Revoked',
  statusExpired: 'Expired',
  statusFailed: 'Failed',
  noAdapter: (provider: string, names: string) =>
    provider
      ? `Unknown provider "${provider}". ${names ? `Use ${names}, or set the adapter property.` : 'No adapter is registered: call registerAdapter(), or set the adapter property.'}`
      : `No provider is set. Set the provider attribute${names ? ` (${names})` : ''} or the adapter property.`,
  noEndpoint: 'No endpoint is set. Set the endpoint attribute to the invitations collection URL.',
  retryIn: (seconds: number) => `Retrying in ${seconds} s…`,
};
