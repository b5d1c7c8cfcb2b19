// The status bar item: fact base loaded (N instruments) / fact-base errors / server stopped.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol.js';
import { CommandIds } from '../../server/src/protocol.js';

export type ClientState = 'starting' | 'ok' | 'factBaseErrors' | 'stopped' | 'restarting';

export interface StatusSnapshot {
  state: ClientState;
  text: string;
  instruments: number;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('treatyCheck.status', vscode.StatusBarAlignment.Right, 100);
  private snapshot: StatusSnapshot = { state: 'starting', text: 'Treaty Check: starting', instruments: 0 };

  constructor() {
    this.item.name = 'Treaty Check';
    this.show();
    this.item.show();
  }

  get current(): StatusSnapshot {
    return this.snapshot;
  }

  fromServer(status: StatusParams): void {
    this.snapshot = { state: status.state, text: `Treaty Check: ${status.message}`, instruments: status.instruments };
    this.show();
  }

  set(state: ClientState, message: string): void {
    this.snapshot = { ...this.snapshot, state, text: `Treaty Check: ${message}` };
    this.show();
  }

  private show(): void {
    const { state, instruments } = this.snapshot;
    const icon = state === 'ok' ? '$(law)' : state === 'factBaseErrors' ? '$(warning)' : state === 'stopped' ? '$(debug-stop)' : '$(sync~spin)';
    this.item.text = `${icon} ${state === 'ok' ? `Treaty Check: ${instruments}` : state === 'factBaseErrors' ? 'Treaty Check: fact-base errors' : state === 'stopped' ? 'Treaty Check: stopped' : 'Treaty Check'}`;
    this.item.tooltip = this.snapshot.text;
    this.item.backgroundColor = state === 'factBaseErrors' ? new vscode.ThemeColor('statusBarItem.warningBackground') : state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.command = state === 'stopped' ? CommandIds.restartServer : state === 'factBaseErrors' ? 'workbench.actions.view.problems' : CommandIds.openFactBase;
  }

  dispose(): void {
    this.item.dispose();
  }
}
