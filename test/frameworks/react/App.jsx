// The React app of test/frameworks/react.test.ts, written as the README's React section says: the wrappers from
// invitation-elements/react, objects and functions as plain props, events as on… props.
import { useState } from 'react';
import { InvitationList, InviteForm } from 'invitation-elements/react';

export function App({ endpoint, fetcher, roles, onCreated, onRevoked }) {
  const [log, setLog] = useState([]);
  return (
    <>
      <InviteForm
        provider="clerk"
        endpoint={endpoint}
        fetcher={fetcher}
        roles={roles}
        pace={0}
        list="react-invitations"
        onInvitationCreated={(e) => {
          setLog((l) => [...l, `created ${e.detail.invitations.map((i) => i.email).join(', ')}`]);
          onCreated(e);
        }}
      />
      <InvitationList
        id="react-invitations"
        provider="clerk"
        endpoint={endpoint}
        fetcher={fetcher}
        pageSize={20}
        onInvitationRevoked={(e) => {
          setLog((l) => [...l, `revoked ${e.detail.invitation.email}`]);
          onRevoked(e);
        }}
      />
      <output>{log.join('\n')}</output>
    </>
  );
}
