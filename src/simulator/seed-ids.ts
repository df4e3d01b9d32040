// The seed's ids, in one place: the ids the seeded state is built around (SEED_IDS, also what tests and the demo
// name) and the id under which the engine seeds one item of every collection (SEED_PARAMS, by path parameter).

export const SEED_IDS = {
  organization: 11,
  team: 22,
  user: 33,
  connections: {
    slack: 101, // oauth, not editable, used by scenario 501
    google: 102, // oauth with scopes, not editable
    http: 103, // apikey, editable
    airtableInvalid: 104, // apikey, editable, credentials rejected by the service (verifies false)
  },
  scenario: 501, // active, uses connection 101
  inactiveScenario: 502,
  folder: 401, // holds both
  dataStore: 701, // records rec-1 and rec-2
  /** On-demand scenarios with interfaces (seedOnDemandScenarios); their runs are in runs.ts. */
  onDemand: {
    // active; outputs computed from its inputs; an email at invalid.example ends in ERROR, at warn.example in WARNING
    lead: 510,
    invoice: 511, // active; field names hold spaces
    slow: 512, // active; a run stays RUNNING for LONG_RUN_MS (runs.ts)
    injected: 513, // active; name, description and a field carry injected instructions and control characters
    inactive: 514, // on-demand but inactive
    colliding: 515, // active; two field names map to the same safe property name
  },
  firstNewId: 100_000, // the one counter every created resource takes its id from
} as const;

/** Seeded path-parameter values: the simulator holds one item of every collection under these ids. */
export const SEED_PARAMS: Record<string, string | number> = {
  organizationId: SEED_IDS.organization,
  teamId: SEED_IDS.team,
  userId: SEED_IDS.user,
  connectionId: SEED_IDS.connections.slack,
  scenarioId: SEED_IDS.scenario,
  folderId: SEED_IDS.folder,
  dataStoreId: SEED_IDS.dataStore,
  hookId: 601,
  dataStoreKeyRecord: 'rec-1',
  dataStructureId: 801,
  keyId: 901,
  deviceId: 51,
  functionId: 301,
  templateId: 201,
  templateUrl: '201-sync-leads',
  dlqId: 'dlq-1a2b3c',
  executionId: '9f3c2a7e5b1d4c8e8a6f0b2d4e6a8c0f',
  executionDlqId: 'exec-dlq-1a2b3c',
  incomingId: 'in-1a2b3c',
  outgoingId: 'out-1a2b3c',
  logId: 'log-1a2b3c',
  moduleId: 2,
  moduleName: 'CreateMessage',
  appName: 'slack',
  notificationId: 71,
  organizationDomainId: 81,
  childOrganizationId: 12,
  roleId: 91,
  clientId: 61,
  uuid: 'audit-1a2b3c',
  timestamp: '1736935200',
  variableName: 'API_BASE',
  // custom apps and the rest of the API
  appVersion: 1,
  section: 'api',
  rpcName: 'listFolders',
  functionName: 'formatDate',
  connectionName: 'acme-oauth',
  webhookName: 'acme-events',
  endpointName: 'listItems',
  changeId: 41,
  version: 1,
  visibility: 'public',
  size: 64,
  name: 'slack',
  agentId: 'agent-1a2b',
  contextId: 'ctx-1a2b',
  providerId: 'openai',
  connectedSystemId: 'csys-1a2b',
  credentialId: 'cred-1a2b',
  requestId: 'req-1a2b',
  inviteToken: 'invite-1a2b',
  customPropertyStructureId: 21,
  customPropertyStructureItemId: 31,
  noteId: 52,
  paymentMethodId: 'pm-1a2b',
  priceId: 'price-1a2b',
  privateSpaceId: 27,
  sharedScenarioId: 'share-1a2b',
  webhookId: 71,
};
/** A parameter missing from SEED_PARAMS is seeded with this value. */
export const FALLBACK_SEED = 1;
