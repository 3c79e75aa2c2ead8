import type { Session } from 'electron';
/** The app uses no camera, microphone, notifications, geolocation or anything else: refuse them all. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
