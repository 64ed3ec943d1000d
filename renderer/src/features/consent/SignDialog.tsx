import { useEffect, useRef, useState } from 'react';
import { Button, FieldError, Form, Input, Label, Tab, TabList, TabPanel, Tabs, TextField } from 'react-aria-components';
import SignaturePad from 'signature_pad';
import type { RiderSummary } from '../../../../shared/consent/schema';
import { useCommandMutation } from '../../lib/commands';
import { useRefresh } from '../../lib/refresh';
import { AppDialog, type DialogState } from '../../ui/AppDialog';
import { FormActions } from '../../ui/FormActions';
import { consentRefresh } from './queries';
import { signIssues } from './sign-issues';

/** The performer signs on screen (drawn with mouse, pen or finger) or, from the keyboard, types their name. */
export function SignDialog({
  rider,
  isOpen,
  onOpenChange,
}: {
  rider: RiderSummary;
} & DialogState) {
  return (
    <AppDialog title={`Sign rider, version ${rider.version}`} isOpen={isOpen} onOpenChange={onOpenChange} size="large">
      <SignForm rider={rider} onDone={() => onOpenChange(false)} />
    </AppDialog>
  );
}

function SignForm({ rider, onDone }: { rider: RiderSummary; onDone: () => void }) {
  const [mode, setMode] = useState<'drawn' | 'typed'>('drawn');
  const [name, setName] = useState(rider.personName);
  const [typed, setTyped] = useState('');
  const [witness, setWitness] = useState('');
  const [drawn, setDrawn] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [issues, setIssues] = useState<ReturnType<typeof signIssues>>({});
  const sign = useCommandMutation('rider.sign');
  const refresh = useRefresh(consentRefresh);

  const submit = async () => {
    setProblem(null);
    const found = signIssues({ mode, drawn, name, typed, witness });
    setIssues(found);
    if (found.drawn) setProblem(found.drawn);
    if (Object.keys(found).length > 0) return;
    try {
      await sign.mutateAsync({
        id: rider.id,
        witness,
        signature: mode === 'drawn' ? { kind: 'drawn', image: drawn ?? '', name } : { kind: 'typed', name: typed },
      });
      await refresh();
      onDone();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Form
      className="form"
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="muted">
        Signing agrees to version {rider.version} of this rider exactly as it reads now. The signature, its time and the
        witness are recorded and cannot be changed afterwards.
      </p>
      <Tabs selectedKey={mode} onSelectionChange={(k) => setMode(k === 'typed' ? 'typed' : 'drawn')}>
        <TabList className="tab-list" aria-label="How to sign">
          <Tab id="drawn" className="tab">
            Draw signature
          </Tab>
          <Tab id="typed" className="tab">
            Type name
          </Tab>
        </TabList>
        <TabPanel id="drawn" className="tab-panel sign-panel">
          <SignaturePadField onChange={setDrawn} />
          <TextField className="field" value={name} onChange={setName} isRequired isInvalid={!!issues.name}>
            <Label className="field-label">Name of the signer</Label>
            <Input className="input" />
            <FieldError className="field-error">{issues.name}</FieldError>
          </TextField>
        </TabPanel>
        <TabPanel id="typed" className="tab-panel sign-panel">
          <TextField className="field" value={typed} onChange={setTyped} isRequired isInvalid={!!issues.typed}>
            <Label className="field-label">Typed name (signature)</Label>
            <Input className="input typed-signature-input" />
            <FieldError className="field-error">{issues.typed}</FieldError>
          </TextField>
        </TabPanel>
      </Tabs>
      <TextField className="field" value={witness} onChange={setWitness} isRequired isInvalid={!!issues.witness}>
        <Label className="field-label">Witness</Label>
        <Input className="input" />
        <FieldError className="field-error">{issues.witness}</FieldError>
      </TextField>
      <FormActions
        problem={problem}
        onCancel={onDone}
        submitLabel="Sign"
        isPending={sign.isPending}
        pendingLabel="Signing…"
      />
    </Form>
  );
}

/** A signature_pad canvas sized for the screen's pixel ratio; reports a PNG data URL after each stroke. */
function SignaturePadField({ onChange }: { onChange: (png: string | null) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    el.width = el.offsetWidth * ratio;
    el.height = el.offsetHeight * ratio;
    el.getContext('2d')?.scale(ratio, ratio);
    // A white sheet with dark ink in both themes, so the stored PNG reads the same everywhere.
    const p = new SignaturePad(el, { backgroundColor: 'rgb(255, 255, 255)', penColor: 'rgb(20, 24, 28)' });
    p.addEventListener('endStroke', () => onChange(p.isEmpty() ? null : p.toDataURL('image/png')));
    pad.current = p;
    return () => p.off();
  }, [onChange]);

  return (
    <div className="signature-pad">
      <canvas
        ref={canvas}
        className="signature-canvas"
        role="img"
        aria-label="Signature area: draw with the mouse, a pen or a finger. To sign from the keyboard, choose Type name."
        data-testid="signature-canvas"
      />
      <Button
        className="btn btn-quiet btn-small"
        onPress={() => {
          pad.current?.clear();
          onChange(null);
        }}
      >
        Clear signature
      </Button>
    </div>
  );
}
