import { useRef, useState } from 'react';
import type { InvitationList as InvitationListElement, InvitationRevokedEvent } from 'invitation-elements';
import { createEmulator } from 'invitation-elements/emulator';
import { InvitationList, InviteForm, type InvitationListProps } from 'invitation-elements/react';

const emulator = createEmulator({ provider: 'clerk', count: 12 });

export function App() {
  const list = useRef<InvitationListElement>(null);
  const [log, setLog] = useState<string[]>([]);
  const onRevoked = (e: InvitationRevokedEvent) => setLog((l) => [...l, `revoked ${e.detail.invitation.email}`]);
  const props: InvitationListProps = { provider: 'clerk', endpoint: emulator.endpoint, fetcher: emulator.fetch };
  return (
    <>
      <InviteForm
        provider="clerk"
        endpoint={emulator.endpoint}
        fetcher={emulator.fetch}
        roles={[...emulator.roles]}
        list="invitations"
        onInvitationCreated={(e) => setLog((l) => [...l, ...e.detail.invitations.map((i) => `created ${i.email}`)])}
      />
      <InvitationList ref={list} id="invitations" pageSize={20} onInvitationRevoked={onRevoked} {...props} />
      <button onClick={() => void list.current?.refresh()}>Reload</button>
      <output>{log.join('\n')}</output>
      {/* @ts-expect-error pageSize is a number */}
      <InvitationList pageSize="twenty" />
      {/* @ts-expect-error the revoked event carries an invitation, no drafts */}
      <InvitationList onInvitationRevoked={(e) => e.detail.drafts} />
    </>
  );
}
