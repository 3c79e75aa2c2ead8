// Once at start: learn what kind of host this is (native dialogs or not, the documents folder) and
// open the file the app was launched with, if any.
import { useEffect } from 'react';
import { invoke } from '../host/invoke';
import { loadProjectNeeds } from '../state/projectNeeds';
import { fromProblem } from '../state/notice';
import { useStudio } from '../state/store';

export function useHostSetup(): void {
  useEffect(() => {
    let live = true;
    void (async () => {
      const info = await invoke('app:info', {});
      if (!live) return;
      if (!info.ok) return useStudio.getState().notify(fromProblem(info.problem));
      useStudio.getState().setAppInfo(info.value);
      if (!info.value.openAtLaunch) return;
      const opened = await invoke('project:open', { path: info.value.openAtLaunch });
      if (opened.ok) await loadProjectNeeds(opened.value.project.role.locale);
      if (!live) return;
      if (opened.ok) useStudio.getState().openProject(opened.value);
      else useStudio.getState().notify(fromProblem(opened.problem));
    })();
    return () => {
      live = false;
    };
  }, []);
}
